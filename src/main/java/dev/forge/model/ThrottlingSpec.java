package dev.forge.model;

/** Request rate limits. */
@Doc("Request rate limits of an API.")
public record ThrottlingSpec(
        @Default("100") @Range(min = 1, max = 100000) @Doc("Steady requests per second.") Integer rate,
        @Default("200") @Range(min = 1, max = 100000) @Doc("Burst of requests allowed above the rate.") Integer burst) {
}
