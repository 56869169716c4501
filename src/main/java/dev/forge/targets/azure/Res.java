package dev.forge.targets.azure;

import java.util.List;

/**
 * A resource of an environment's template, by type and name segments ({@code Microsoft.ServiceBus/namespaces/queues},
 * {@code [sb-app-dev, jobs]}): what {@code resourceId()} names and what {@code dependsOn} lists.
 */
record Res(String type, List<String> names) {

    Res {
        names = List.copyOf(names);
        if (type.split("/").length - 1 != names.size()) {
            throw new IllegalArgumentException(type + " takes " + (type.split("/").length - 1) + " names, not " + names);
        }
    }

    static Res of(String type, String... names) {
        return new Res(type, List.of(names));
    }

    /** A child: {@code Microsoft.KeyVault/vaults} + {@code secrets}, {@code x}. */
    Res child(String childType, String name) {
        List<String> n = new java.util.ArrayList<>(names);
        n.add(name);
        return new Res(type + "/" + childType, n);
    }

    /** The template's {@code name}: the segments joined with '/'. */
    String name() {
        return String.join("/", names);
    }

    /** The resource ID outside a template: {@code /subscriptions/<sub>/resourceGroups/<rg>/providers/<ns>/<t>/<n>...}. */
    String id(String subscription, String resourceGroup) {
        String[] parts = type.split("/");
        StringBuilder sb = new StringBuilder("/subscriptions/").append(subscription).append("/resourceGroups/")
                .append(resourceGroup).append("/providers/").append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append('/').append(parts[i]).append('/').append(names.get(i - 1));
        }
        return sb.toString();
    }

    /** The relative scope form an extension resource (a role assignment, a lock) names it by. */
    String scope() {
        String[] parts = type.split("/");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append('/').append(parts[i]).append('/').append(names.get(i - 1));
        }
        return sb.toString();
    }
}
