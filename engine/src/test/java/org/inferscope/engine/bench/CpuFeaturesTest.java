package org.inferscope.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuFeaturesTest {

    @Test
    void x86FlagsAreFilteredToThoseThatMatterForInference() {
        String cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) Platinum 8480+\n"
                + "flags\t\t: fpu vme sse4_2 avx avx2 fma f16c avx512f avx512bw avx512_vnni amx_tile amx_int8 pni\n"
                + "\nprocessor\t: 1\nmodel name\t: other\n";
        CpuFeatures cpu = CpuFeatures.parse(cpuinfo, "amd64");
        assertEquals("Intel(R) Xeon(R) Platinum 8480+", cpu.model());
        assertEquals(List.of("sse4_2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512_vnni",
                "amx_tile", "amx_int8"), cpu.flags());
        assertTrue(cpu.hasInt8DotProduct());
    }

    @Test
    void armFeaturesAreReadFromTheFeaturesLine() {
        String cpuinfo = "processor\t: 0\nBogoMIPS\t: 50.00\nFeatures\t: fp asimd evtstrm aes asimddp i8mm bf16\n"
                + "CPU implementer\t: 0x41\nCPU part\t: 0xd0c\n\n";
        CpuFeatures cpu = CpuFeatures.parse(cpuinfo, "aarch64");
        assertEquals(List.of("asimd", "asimddp", "i8mm", "bf16"), cpu.flags());
        assertEquals("implementer 0x41 part 0xd0c", cpu.model());
    }

    @Test
    void anAvx2OnlyMachineHasNoInt8DotProduct() {
        CpuFeatures cpu = CpuFeatures.parse("model name : Old\nflags : sse4_2 avx avx2 fma\n", "amd64");
        assertFalse(cpu.hasInt8DotProduct());
    }

    @Test
    void detectionNeverThrows() {
        CpuFeatures cpu = CpuFeatures.detect();
        assertFalse(cpu.model().isEmpty());
    }
}
