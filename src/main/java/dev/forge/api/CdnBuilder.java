package dev.forge.api;

import dev.forge.model.CdnSpec;

/** Builds a {@link CdnSpec}: a CDN in front of a bucket. */
public final class CdnBuilder extends SpecBuilder<CdnSpec, CdnBuilder> {

    CdnBuilder() {
        super(CdnSpec.class);
    }

    /** Whether the CDN exists (default true). */
    public CdnBuilder enabled(Boolean enabled) {
        return set("enabled", enabled);
    }

    /** Custom domain, e.g. static.example.com. */
    public CdnBuilder domain(String domain) {
        return set("domain", domain);
    }

    /** Object served for the root path (default index.html). */
    public CdnBuilder defaultRoot(String object) {
        return set("defaultRoot", object);
    }
}
