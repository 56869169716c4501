package dev.forge.targets.docker;

import dev.forge.platform.containers.BaseImages;
import dev.forge.platform.containers.Build;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Production Dockerfiles of the interpreted and static families: Node, Python, static files on nginx. */
final class ServiceImages {

    private ServiceImages() {
    }

    /** Node: {@code npm ci --omit=dev} in a build stage, then a slim runtime with only the app and its modules. */
    static String node(Facts facts, Build b, String main) {
        Dockerfile d = Stages.header(facts, b, b.dockerfile(), "Node: npm ci --omit=dev in a build stage, then a slim runtime.");
        String deps = Stages.internal(b, "deps");
        Stages.firstStage(d, b, BaseImages.NODE, deps);
        d.workdir("/app").env(Map.of("NODE_ENV", "production"))
                .copy(null, List.of("package.json", "package-lock.json"), "./")
                .run("npm ci --omit=dev", "npm cache clean --force")
                .copy(null, List.of("."), "./");
        Stages.finalStage(d, facts, b, BaseImages.NODE);
        d.env(runtimeEnv(b, "NODE_ENV", "production")).workdir("/app")
                .comment("The app and its production modules only, owned by root and read-only to the app's user.")
                .copy(deps, List.of("/app"), "/app");
        FinalStage.end(d, b, FinalStage.UID);
        return d.cmd(List.of("node", main)).render();
    }

    /** Python: wheels built in a build stage, installed offline into a slim runtime. */
    static String python(Facts facts, Build b) {
        Dockerfile d = Stages.header(facts, b, b.dockerfile(), "Python: pip wheels in a build stage, then a slim runtime.");
        String wheels = Stages.internal(b, "wheels");
        Stages.firstStage(d, b, BaseImages.PYTHON, wheels);
        d.workdir("/src").copy(null, List.of("requirements.txt"), "./")
                .run("pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt");
        Stages.finalStage(d, facts, b, BaseImages.PYTHON);
        d.env(runtimeEnv(b, "PYTHONDONTWRITEBYTECODE", "1", "PYTHONUNBUFFERED", "1")).workdir("/app")
                .copy(wheels, List.of("/wheels"), "/wheels")
                .copy(null, List.of("requirements.txt"), "./")
                .run("pip install --no-cache-dir --no-index --find-links /wheels -r requirements.txt", "rm -rf /wheels")
                .copy(null, List.of("."), "./");
        FinalStage.end(d, b, FinalStage.UID);
        return d.cmd(List.of("python", "main.py")).render();
    }

    /**
     * Static files on unprivileged nginx (uid 101, listening on 8080 unless the folder's nginx.conf says otherwise):
     * a first stage gathers the site without the build files, the runtime only serves it.
     */
    static String site(Facts facts, Build b) {
        Dockerfile d = Stages.header(facts, b, b.dockerfile(), "Static site: files served by unprivileged nginx.");
        String site = Stages.internal(b, "site");
        Stages.firstStage(d, b, BaseImages.NGINX, site);
        d.comment("Gathers the site: everything in the folder but the server's own configuration (as root: a build stage).")
                .user(0)
                .copy(null, List.of("."), "/site/")
                .run("rm -f /site/nginx.conf");
        Stages.finalStage(d, facts, b, BaseImages.NGINX);
        d.copy(site, List.of("/site/"), "/usr/share/nginx/html/");
        if (Facts.has(b, "nginx.conf")) {
            d.copy(null, List.of("nginx.conf"), "/etc/nginx/conf.d/default.conf");
        }
        FinalStage.end(d, b, 101);
        return d.render();
    }

    /** ENV of a final stage: the family's settings, then PORT (the port the spec declares) for services. */
    static Map<String, String> runtimeEnv(Build b, String... pairs) {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        if (b.port() != null) {
            env.put("PORT", String.valueOf(b.port()));
        }
        return env;
    }
}
