package dev.forge.api;

import dev.forge.model.Endpoint;
import dev.forge.model.NatGateways;
import dev.forge.model.VpcSource;
import dev.forge.model.NetworkSpec;
import java.util.Arrays;
import java.util.function.Consumer;

/** Builds a {@link NetworkSpec}: the app's private network. */
public final class NetworkBuilder extends SpecBuilder<NetworkSpec, NetworkBuilder> {

    NetworkBuilder() {
        super(NetworkSpec.class);
    }

    /** Address range, /16 to /24 (default 10.0.0.0/16). */
    public NetworkBuilder cidr(String cidr) {
        return set("cidr", cidr);
    }

    /** Availability zones spanned (default 2; 3 in production). */
    public NetworkBuilder zones(Integer zones) {
        return set("zones", zones);
    }

    /** Whether private subnets reach the internet through NAT (default true). */
    public NetworkBuilder nat(Boolean nat) {
        return set("nat", nat);
    }

    /** NAT gateways: one shared (default) or one per zone (default in production). */
    public NetworkBuilder natGateways(NatGateways natGateways) {
        return set("natGateways", natGateways);
    }

    /** Create the VPC (default) or bring an existing one (its IDs become Terraform inputs). */
    public NetworkBuilder vpc(VpcSource vpc) {
        return set("vpc", vpc);
    }

    /** Adds private endpoints for cloud services. */
    public NetworkBuilder endpoints(Endpoint... endpoints) {
        return add("endpoints", endpoints == null ? null : Arrays.asList(endpoints));
    }

    /** Overrides fields in one environment. */
    public NetworkBuilder override(String environment, Consumer<NetworkBuilder> edit) {
        return overlay(environment, NetworkBuilder::new, edit);
    }
}
