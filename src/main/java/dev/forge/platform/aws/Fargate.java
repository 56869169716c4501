package dev.forge.platform.aws;

import dev.forge.model.Cpu;
import dev.forge.model.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The task sizes AWS Fargate runs (Linux, platform 1.4.0, x86_64 and arm64 alike): each CPU size allows a range of
 * memory in fixed steps. A service or job's {@code cpu}/{@code memory} must be one of them exactly; {@link #fit}
 * names the smallest size that holds what was asked, which is the fix a refusal offers.
 * Source: "Task size" in the Amazon ECS developer guide (task definition parameters for Fargate).
 */
public final class Fargate {

    /** One task size: CPU units (1024 = one vCPU) and memory in MiB. */
    public record TaskSize(int cpuUnits, int memoryMib) {

        /** As the spec writes it: {@code cpu: 0.25, memory: 512Mi}. */
        public String spelling() {
            return "cpu: " + cores(cpuUnits) + ", memory: " + (memoryMib % 1024 == 0 ? memoryMib / 1024 + "Gi" : memoryMib + "Mi");
        }
    }

    /** CPU units with their smallest and largest memory and the step between, in MiB. */
    private static final int[][] SIZES = {
        {256, 512, 2048, 0},
        {512, 1024, 4096, 1024},
        {1024, 2048, 8192, 1024},
        {2048, 4096, 16384, 1024},
        {4096, 8192, 30720, 1024},
        {8192, 16384, 61440, 4096},
        {16384, 32768, 122880, 8192},
    };

    private Fargate() {
    }

    /** The memory sizes (MiB) Fargate allows with {@code cpuUnits}; empty when the CPU is not a Fargate size. */
    public static List<Integer> memoryFor(int cpuUnits) {
        List<Integer> out = new ArrayList<>();
        for (int[] s : SIZES) {
            if (s[0] == cpuUnits) {
                if (s[3] == 0) { // 0.25 vCPU: 512 MiB, 1 GiB or 2 GiB
                    out.addAll(List.of(512, 1024, 2048));
                } else {
                    for (int m = s[1]; m <= s[2]; m += s[3]) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /** CPU units of a spec CPU (1000 millicores = 1024 units); -1 when not a whole number of units. */
    public static int units(Cpu cpu) {
        long scaled = cpu.millicores() * 1024;
        return scaled % 1000 == 0 ? (int) (scaled / 1000) : -1;
    }

    /** Whether {@code cpu}/{@code memory} is exactly a Fargate task size. */
    public static boolean valid(Cpu cpu, Size memory) {
        int units = units(cpu);
        return units > 0 && memory.mebibytes() <= Integer.MAX_VALUE && memoryFor(units).contains((int) memory.mebibytes());
    }

    /** The smallest Fargate size with at least {@code cpu} and {@code memory}; null when none is that large. */
    public static TaskSize fit(Cpu cpu, Size memory) {
        for (int[] s : SIZES) {
            if (s[0] * 1000L < cpu.millicores() * 1024L) {
                continue;
            }
            for (int m : memoryFor(s[0])) {
                if (m >= memory.mebibytes()) {
                    return new TaskSize(s[0], m);
                }
            }
        }
        return null;
    }

    /** The sizes as a sentence, for messages and docs. */
    public static String table() {
        return "0.25 vCPU: 512Mi, 1Gi, 2Gi; 0.5: 1-4Gi; 1: 2-8Gi; 2: 4-16Gi; 4: 8-30Gi (1Gi steps); 8: 16-60Gi (4Gi steps);"
                + " 16: 32-120Gi (8Gi steps)";
    }

    private static String cores(int units) {
        return switch (units) {
            case 256 -> "0.25";
            case 512 -> "0.5";
            default -> String.valueOf(units / 1024);
        };
    }
}
