package dev.forge.model;

/** A CDN in front of a bucket. */
@Shorthand("enabled")
@Doc("A CDN in front of a bucket (`cdn: true` turns it on with defaults).")
public record CdnSpec(
        @Default("true") @Doc("Whether the CDN exists.") Boolean enabled,
        @Format(regex = "^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$",
                hint = "a lowercase DNS name such as static.example.com")
        @Doc("Custom domain (its certificate is an input of the generated infrastructure).") String domain,
        @Default("index.html") @Doc("Object served for the root path.") String defaultRoot) {
}
