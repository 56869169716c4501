package dev.forge.targets.cloudformation;

import org.junit.jupiter.api.Test;

class PlatformDumpTest {
    @Test
    void dump() throws Exception {
        for (String ex : PlatformStacks.EXAMPLES) {
            for (Stack s : PlatformStacks.stacks(ex)) {
                java.nio.file.Path p = java.nio.file.Path.of("/tmp/cfn-platform-dump/" + ex + "/" + s.env().name() + ".yaml");
                java.nio.file.Files.createDirectories(p.getParent());
                java.nio.file.Files.writeString(p, s.template().print(java.util.List.of("x")));
            }
        }
    }
}
