package dev.forge.model;

import java.util.List;
import java.util.Map;

/** The app's private network. */
@Doc("The app's private network: public and private subnets across zones, NAT, and private endpoints.")
public record NetworkSpec(
        @Default("10.0.0.0/16") @Format(regex = "^(?:\\d{1,3}\\.){3}\\d{1,3}/(?:1[6-9]|2[0-4])$",
                hint = "an IPv4 CIDR block from /16 to /24, such as 10.0.0.0/16")
        @Doc("Address range of the network.") String cidr,
        @Default(value = "2", production = "3") @Range(min = 2, max = 6)
        @Doc("How many availability zones the subnets span.") Integer zones,
        @Default(value = "true")
        @Doc("Whether private subnets reach the internet through NAT (needed to call external APIs).") Boolean nat,
        @Default(value = "single", production = "per-zone")
        @Doc("NAT gateways when `nat` is on: `single` (one shared by every zone, cheaper; a zone outage cuts the others'"
                + " internet access) or `per-zone` (one in each zone, each zone's private subnets use their own).")
        NatGateways natGateways,
        @Default("create")
        @Doc("`create`: Forge creates the VPC, its subnets, routes and endpoints. `existing`: bring your own VPC; its ID,"
                + " CIDR and subnet IDs become inputs of the generated Terraform, and Forge creates only the security"
                + " groups.") VpcSource vpc,
        @Example("[s3, bedrock-runtime, ecr]")
        @Doc("Private endpoints for cloud services, so their traffic stays in the network.") List<Endpoint> endpoints,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, NetworkSpec> environments) {
}
