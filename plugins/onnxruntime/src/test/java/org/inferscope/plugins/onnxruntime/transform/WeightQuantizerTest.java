package org.inferscope.plugins.onnxruntime.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WeightQuantizerTest {

    @Test
    void halfPrecisionBitsMatchIeee754() {
        assertEquals((short) 0x3c00, WeightQuantizer.toHalf(1f));
        assertEquals((short) 0xc000, WeightQuantizer.toHalf(-2f));
        assertEquals((short) 0x7bff, WeightQuantizer.toHalf(65504f));
        assertEquals((short) 0x7c00, WeightQuantizer.toHalf(1e6f), "overflow is infinity");
        assertEquals((short) 0x0001, WeightQuantizer.toHalf(5.9604645e-8f), "smallest subnormal");
        assertEquals((short) 0x3555, WeightQuantizer.toHalf(1f / 3), "rounded to nearest");
        assertEquals((short) 0x8000, WeightQuantizer.toHalf(-0f));
    }

    @Test
    void perChannelScalesFollowEachColumnsLargestMagnitude() {
        // [2, 3] matrix, channels along axis 1 (columns)
        float[] w = {1f, -0.5f, 0f, -2f, 0.25f, 0f};
        WeightQuantizer.Int8 q = WeightQuantizer.symmetric(w, new long[] {2, 3}, 1, 127);
        assertArrayEquals(new float[] {2f / 127, 0.5f / 127, 1f}, q.scales(), 1e-7f, "an all-zero column gets scale 1");
        assertArrayEquals(new byte[] {64, -127, 0, -127, 64, 0}, q.values());
    }

    @Test
    void reducedRangeStaysWithinSevenBits() {
        WeightQuantizer.Int8 q = WeightQuantizer.symmetric(new float[] {3f, -3f, 1.5f}, new long[] {3, 1}, -1,
                WeightQuantizer.REDUCED_RANGE);
        assertArrayEquals(new byte[] {63, -63, 32}, q.values());
        assertEquals(1, q.scales().length);
    }
}
