package dev.forge.targets.azure;

/** An IPv4 range of the spec's {@code network.cidr}, carved into the subnets the azure target needs. */
record Cidr(long base, int prefix) {

    static Cidr parse(String cidr) {
        String[] parts = cidr.split("/");
        long base = 0;
        for (String octet : parts[0].split("\\.")) {
            base = base * 256 + Integer.parseInt(octet);
        }
        int prefix = Integer.parseInt(parts[1]);
        if (prefix > 22) {
            throw new IllegalArgumentException("network.cidr " + cidr + " is too small for Azure: the Container Apps"
                    + " environment's subnet alone takes a /23; write a /22 or larger range");
        }
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return new Cidr(base & mask, prefix);
    }

    /** The subnet of {@code bits} prefix starting {@code offset} addresses into the range. */
    String sub(long offset, int bits) {
        long a = base + offset;
        return (a >> 24 & 255) + "." + (a >> 16 & 255) + "." + (a >> 8 & 255) + "." + (a & 255) + "/" + bits;
    }
}
