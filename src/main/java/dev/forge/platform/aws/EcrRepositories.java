package dev.forge.platform.aws;

import dev.forge.model.ImageSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Which images get an ECR repository of the app's: one per image CI builds from a directory ({@code image.build}) of a
 * function, a service or a job, named {@code <app>-<name>-<env>}. An image given by reference ({@code image.ref}) lives
 * in someone else's registry and gets none. Shared by terraform-aws ({@code module.ecr}) and cloudformation
 * ({@code <id>Repository}).
 */
public final class EcrRepositories {

    private EcrRepositories() {
    }

    /** The principals whose image CI builds: functions by name, then services and jobs by name (unique across kinds). */
    public static List<Ref> of(Spec s) {
        List<Ref> out = new ArrayList<>();
        new TreeMap<>(s.functions()).forEach((n, f) -> {
            if (built(f.image())) {
                out.add(new Ref(Kind.FUNCTION, n));
            }
        });
        TreeMap<String, Ref> containers = new TreeMap<>();
        s.services().forEach((n, x) -> {
            if (built(x.image())) {
                containers.put(n, new Ref(Kind.SERVICE, n));
            }
        });
        s.jobs().forEach((n, j) -> {
            if (built(j.image())) {
                containers.put(n, new Ref(Kind.JOB, n));
            }
        });
        out.addAll(containers.values());
        return out;
    }

    private static boolean built(ImageSpec image) {
        return image != null && image.build() != null;
    }
}
