package org.inferscope.engine.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.BadInputException;

/**
 * The images and labels files of an IDX dataset, found from either one by swapping "images"/"idx3"
 * for "labels"/"idx1" in the name (t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz), with or
 * without ".gz".
 */
record IdxPair(Path images, Path labels) {

    static IdxPair around(Path given, int magic) {
        String name = String.valueOf(given.getFileName());
        boolean givenIsLabels = magic == IdxReader.LABELS_MAGIC;
        String partner = givenIsLabels
                ? name.replace("labels", "images").replace("idx1", "idx3")
                : name.replace("images", "labels").replace("idx3", "idx1");
        String role = givenIsLabels ? "images" : "labels";
        if (partner.equals(name)) {
            throw new BadInputException(name + " is an IDX " + (givenIsLabels ? "labels" : "images") + " file, but its "
                    + role + " file cannot be found from its name: name the pair like t10k-images-idx3-ubyte and"
                    + " t10k-labels-idx1-ubyte.");
        }
        Path found = find(given, partner, name, role);
        return givenIsLabels ? new IdxPair(found, given) : new IdxPair(given, found);
    }

    private static Path find(Path given, String partner, String name, String role) {
        List<Path> tried = new ArrayList<>();
        Path dir = given.toAbsolutePath().getParent();
        tried.add(dir.resolve(partner));
        tried.add(dir.resolve(partner.endsWith(".gz") ? partner.substring(0, partner.length() - 3) : partner + ".gz"));
        for (Path p : tried) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new BadInputException("The IDX pair is incomplete: " + name + " needs its " + role + " file "
                + partner + " beside it in " + dir + ": put it there.");
    }
}
