package dev.forge.model;

/** Where one route goes. */
@Shorthand("to")
@Doc("Where one route goes (`function:api` alone sets just `to`).")
public record RouteSpec(
        @Required @Example("function:api") @Doc("The function or service serving the route.") Ref to,
        @Default("false") @Doc("Serve the route without the API's authentication (e.g. a health check).") Boolean open) {
}
