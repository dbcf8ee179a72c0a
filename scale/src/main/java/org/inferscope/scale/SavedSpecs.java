package org.inferscope.scale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.report.ResultJson;

/** Run specifications saved as JSON, with the same mapper as results, so a spec can be run again on Spark. */
final class SavedSpecs {
    private static final ObjectMapper MAPPER = ResultJson.newMapper();

    private SavedSpecs() {
    }

    static RunSpec read(Path file) {
        try {
            return MAPPER.readValue(Files.readString(file), RunSpec.class);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("The run specification " + file + " does not exist: check the path.", e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + " is not a run specification InferScope can read: "
                    + e.getOriginalMessage() + ".", e);
        } catch (IOException e) {
            throw new BadInputException("Could not read the run specification " + file + ": " + e.getMessage() + ".", e);
        }
    }

    static void write(RunSpec spec, Path file) {
        try {
            Files.writeString(file, toJson(spec), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("Could not write the run specification to " + file + ": " + e.getMessage()
                    + ".", e);
        }
    }

    static String toJson(RunSpec spec) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a run specification as JSON", e);
        }
    }

    static RunSpec fromJson(String json) {
        try {
            return MAPPER.readValue(json, RunSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run specification did not survive the trip to an executor", e);
        }
    }
}
