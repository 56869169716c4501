package dev.forge.api;

import dev.forge.model.Ref;
import dev.forge.model.RouteSpec;

/** Builds a {@link RouteSpec}: where one route of an API goes. */
public final class RouteBuilder extends SpecBuilder<RouteSpec, RouteBuilder> {

    RouteBuilder() {
        super(RouteSpec.class);
    }

    /** The function or service serving the route, e.g. {@code function:api} (required). */
    public RouteBuilder to(String to) {
        return parse("to", to, Ref::parse);
    }

    /** The function or service serving the route. */
    public RouteBuilder to(Ref to) {
        return set("to", to);
    }

    /** Serve the route without the API's authentication (default false). */
    public RouteBuilder open(Boolean open) {
        return set("open", open);
    }
}
