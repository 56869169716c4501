package dev.forge.model;

/** How an API is served: an HTTP API (API Gateway v2), a REST API (API Gateway v1), or an application load balancer in front of services. */
public enum ApiType implements SpecEnum {
    HTTP("http"),
    REST("rest"),
    LOADBALANCER("loadbalancer");

    private final String spelling;

    ApiType(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
