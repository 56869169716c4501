package dev.forge.targets.terraform;

import dev.forge.model.ApiSpec;
import dev.forge.model.RouteSpec;
import dev.forge.platform.aws.ApiRoutes;
import java.util.Map;

/** Route keys of an API as API Gateway wants them, and the REST API's path resource tree ({@link ApiRoutes}). */
final class RestRoutes {

    private RestRoutes() {
    }

    /** The spec's routes to functions, keyed by API Gateway route key; {@code $default} becomes {@code ANY /{proxy+}} on REST. */
    static Map<String, RouteSpec> functionRoutes(ApiSpec api, boolean rest) {
        return ApiRoutes.functionRoutes(api, rest);
    }

    static int depth(ApiSpec api) {
        return resources(functionRoutes(api, true).keySet()).values().stream()
                .mapToInt(ApiRoutes.PathResource::depth).max().orElse(1);
    }

    /** Every path resource the routes need, by full path, parents first. */
    static Map<String, ApiRoutes.PathResource> resources(Iterable<String> routeKeys) {
        return ApiRoutes.pathResources(routeKeys);
    }
}
