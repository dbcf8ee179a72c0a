package org.inferscope.app.viewmodel.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.report.ResultJson;
import org.inferscope.engine.sweep.SweepPlan;

/** A sweep's folder as {@code SweepStore} writes it, read back to resume: its plan and its dataset. */
final class SweepFolder {
    static final String PLAN = "sweep.json";

    private SweepFolder() {
    }

    /** The plan saved in {@code folder}; a sentence when it holds none, or one this version cannot read. */
    static SweepPlan readPlan(Path folder) {
        Path file = folder.resolve(PLAN);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(folder + " holds no sweep (it has no " + PLAN + "): choose the folder of a"
                    + " sweep, the one with " + PLAN + " and points/ in it.");
        }
        SweepPlan plan;
        try {
            plan = ResultJson.newMapper().readValue(Files.readString(file), SweepPlan.class);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("Could not read the sweep in " + folder + " (" + String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse("") + "): it was not written by this version of InferScope, or is damaged.", e);
        }
        if (plan.schemaVersion() > SweepPlan.SCHEMA_VERSION) {
            throw new BadInputException("The sweep in " + folder + " was written by a newer InferScope (plan schema "
                    + plan.schemaVersion() + "): update InferScope to resume it.");
        }
        for (Path needed : new Path[] {plan.base().model(), plan.base().data()}) {
            if (!Files.isRegularFile(needed)) {
                throw new BadInputException("The sweep in " + folder.getFileName() + " measured " + needed
                        + ", which is no longer there: put the file back to resume it.");
            }
        }
        return plan;
    }

    /** The plan's dataset: the open one when it is the same file read the same way, else read again (engine thread). */
    static Dataset dataset(SweepPlan plan, StudySubject open) {
        if (open != null && plan.base().data().equals(open.spec().data())
                && Objects.equals(plan.base().dataOptions(), open.spec().dataOptions())) {
            return open.dataset();
        }
        return new DatasetLoader().load(plan.base().data(), plan.base().dataOptions());
    }
}
