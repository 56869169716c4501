package dev.forge.targets.terraform;

import dev.forge.model.ApiSpec;
import dev.forge.model.Kind;
import dev.forge.model.RouteSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Route keys of an API as API Gateway wants them, and the REST API's path resource tree. */
final class RestRoutes {

    /** One path resource: depth, parent path, last segment. */
    record Resource(int depth, String parent, String pathPart) {
    }


    private RestRoutes() {
    }

    /** The spec's routes to functions, keyed by API Gateway route key; {@code $default} becomes {@code ANY /{proxy+}} on REST. */
    static Map<String, RouteSpec> functionRoutes(ApiSpec api, boolean rest) {
        Map<String, RouteSpec> out = new TreeMap<>();
        api.routes().forEach((key, route) -> {
            if (route.to().kind() == Kind.FUNCTION) {
                out.put(rest && key.equals("$default") ? "ANY /{proxy+}" : key, route);
            }
        });
        return out;
    }


    static int depth(ApiSpec api) {
        return resources(functionRoutes(api, true).keySet()).values().stream().mapToInt(Resource::depth).max().orElse(1);
    }

    /** Every path resource the routes need, by full path, parents first. */
    static Map<String, Resource> resources(Iterable<String> routeKeys) {
        Map<String, Resource> out = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>();
        routeKeys.forEach(k -> paths.add(k.split(" ", 2)[1]));
        paths.stream().sorted().forEach(path -> {
            String[] segments = path.substring(1).split("/");
            String parent = "/";
            StringBuilder full = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].isEmpty()) {
                    continue;
                }
                full.append('/').append(segments[i]);
                out.putIfAbsent(full.toString(), new Resource(i + 1, parent, segments[i]));
                parent = full.toString();
            }
        });
        return out;
    }
}
