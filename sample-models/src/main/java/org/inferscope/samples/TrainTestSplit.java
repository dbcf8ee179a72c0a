package org.inferscope.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which rows go to training and which to test. Rows are shuffled with {@link java.util.Random}, whose
 * algorithm the Java specification fixes, so a seed gives the same split on every JVM; each side then
 * keeps the original row order.
 *
 * @param train row indices of the training split, ascending
 * @param test row indices of the test split, ascending
 */
public record TrainTestSplit(int[] train, int[] test) {

    /**
     * Per class, in class order: shuffle that class's rows with one shared generator and send
     * {@code round(testFraction * n)} of them to test.
     */
    public static TrainTestSplit stratified(int[] classes, double testFraction, long seed) {
        int classCount = 0;
        for (int c : classes) {
            classCount = Math.max(classCount, c + 1);
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < classes.length; r++) {
                if (classes[r] == c) {
                    rows.add(r);
                }
            }
            cut(rows, testFraction, random, train, test);
        }
        return of(train, test);
    }

    /** Shuffle all rows and send {@code round(testFraction * n)} of them to test. */
    public static TrainTestSplit random(int rows, double testFraction, long seed) {
        List<Integer> all = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            all.add(r);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        cut(all, testFraction, new Random(seed), train, test);
        return of(train, test);
    }

    private static void cut(List<Integer> rows, double testFraction, Random random, List<Integer> train,
                            List<Integer> test) {
        Collections.shuffle(rows, random);
        int testRows = (int) Math.round(testFraction * rows.size());
        test.addAll(rows.subList(0, testRows));
        train.addAll(rows.subList(testRows, rows.size()));
    }

    private static TrainTestSplit of(List<Integer> train, List<Integer> test) {
        return new TrainTestSplit(train.stream().mapToInt(Integer::intValue).sorted().toArray(),
                test.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
}
