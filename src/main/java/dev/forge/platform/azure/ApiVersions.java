package dev.forge.platform.azure;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one table of Azure Resource Manager API versions Forge emits, by resource type. Each version was checked
 * against the Azure REST API / template reference (learn.microsoft.com/azure/templates/&lt;namespace&gt;/&lt;version&gt;/&lt;type&gt;)
 * and against public templates using it (each parent type's {@code '<type>@<version>'} was found in public Bicep files,
 * children use their parent's version, which ARM publishes for the whole provider namespace; of those, four were also
 * found one by one in their own type's version list or change log of the template reference: flexibleServers/databases
 * 2022-12-01, redis/accessPolicyAssignments 2023-08-01, namespaces/topics/subscriptions 2022-10-01-preview,
 * privateEndpoints/privateDnsZoneGroups 2023-09-01); the comment beside each names where. A resource type missing here cannot be
 * emitted ({@link #of} throws), so a new type needs a checked row first.
 */
public final class ApiVersions {

    private static final Map<String, String> VERSIONS = new TreeMap<>(Map.ofEntries(
            // learn.microsoft.com/azure/templates/microsoft.app/containerapps (Bicep format 'Microsoft.App/containerApps@2024-03-01')
            Map.entry("Microsoft.App/containerApps", "2024-03-01"),
            // learn.microsoft.com/azure/templates/microsoft.app/2024-03-01/jobs; public Bicep 'Microsoft.App/jobs@2024-03-01'
            Map.entry("Microsoft.App/jobs", "2024-03-01"),
            // learn.microsoft.com/azure/templates/microsoft.app/2024-03-01/managedenvironments
            Map.entry("Microsoft.App/managedEnvironments", "2024-03-01"),
            // learn.microsoft.com/azure/templates/microsoft.operationalinsights/2022-10-01/workspaces
            Map.entry("Microsoft.OperationalInsights/workspaces", "2022-10-01"),
            // learn.microsoft.com/azure/templates/microsoft.dbforpostgresql/2022-12-01/flexibleservers (first stable with
            // highAvailability, backup.geoRedundantBackup, network.delegatedSubnetResourceId as used here)
            Map.entry("Microsoft.DBforPostgreSQL/flexibleServers", "2022-12-01"),
            Map.entry("Microsoft.DBforPostgreSQL/flexibleServers/databases", "2022-12-01"),
            // learn.microsoft.com/azure/templates/microsoft.cache/2023-08-01/redis (minimumTlsVersion, enableNonSslPort,
            // publicNetworkAccess, redisConfiguration.aad-enabled, accessPolicyAssignments)
            Map.entry("Microsoft.Cache/redis", "2023-08-01"),
            Map.entry("Microsoft.Cache/redis/accessPolicyAssignments", "2023-08-01"),
            // learn.microsoft.com/azure/templates/microsoft.storage/2023-01-01/storageaccounts
            Map.entry("Microsoft.Storage/storageAccounts", "2023-01-01"),
            Map.entry("Microsoft.Storage/storageAccounts/blobServices", "2023-01-01"),
            Map.entry("Microsoft.Storage/storageAccounts/blobServices/containers", "2023-01-01"),
            // learn.microsoft.com/azure/templates/microsoft.servicebus/2022-10-01-preview/namespaces (minimumTlsVersion,
            // disableLocalAuth; also in azure-service-operator's servicebus version matrix as v1api20221001preview)
            Map.entry("Microsoft.ServiceBus/namespaces", "2022-10-01-preview"),
            Map.entry("Microsoft.ServiceBus/namespaces/queues", "2022-10-01-preview"),
            Map.entry("Microsoft.ServiceBus/namespaces/topics", "2022-10-01-preview"),
            Map.entry("Microsoft.ServiceBus/namespaces/topics/subscriptions", "2022-10-01-preview"),
            // learn.microsoft.com/azure/templates/microsoft.keyvault/2023-07-01/vaults
            Map.entry("Microsoft.KeyVault/vaults", "2023-07-01"),
            Map.entry("Microsoft.KeyVault/vaults/secrets", "2023-07-01"),
            // learn.microsoft.com/azure/templates/microsoft.managedidentity/2023-01-31/userassignedidentities
            Map.entry("Microsoft.ManagedIdentity/userAssignedIdentities", "2023-01-31"),
            // learn.microsoft.com/azure/templates/microsoft.authorization/2022-04-01/roleassignments
            Map.entry("Microsoft.Authorization/roleAssignments", "2022-04-01"),
            // learn.microsoft.com/azure/templates/microsoft.authorization/2020-05-01/locks
            Map.entry("Microsoft.Authorization/locks", "2020-05-01"),
            // learn.microsoft.com/azure/templates/microsoft.containerregistry/2023-07-01/registries
            Map.entry("Microsoft.ContainerRegistry/registries", "2023-07-01"),
            // learn.microsoft.com/azure/templates/microsoft.consumption/2023-05-01/budgets
            Map.entry("Microsoft.Consumption/budgets", "2023-05-01"),
            // learn.microsoft.com/azure/templates/microsoft.insights/2023-01-01/actiongroups
            Map.entry("Microsoft.Insights/actionGroups", "2023-01-01"),
            // learn.microsoft.com/azure/templates/microsoft.insights/2018-03-01/metricalerts (the current stable version)
            Map.entry("Microsoft.Insights/metricAlerts", "2018-03-01"),
            // learn.microsoft.com/azure/templates/microsoft.network/2023-09-01/virtualnetworks, privateendpoints
            Map.entry("Microsoft.Network/virtualNetworks", "2023-09-01"),
            Map.entry("Microsoft.Network/privateEndpoints", "2023-09-01"),
            Map.entry("Microsoft.Network/privateEndpoints/privateDnsZoneGroups", "2023-09-01"),
            // learn.microsoft.com/azure/templates/microsoft.network/2020-06-01/privatednszones (the current stable version)
            Map.entry("Microsoft.Network/privateDnsZones", "2020-06-01"),
            Map.entry("Microsoft.Network/privateDnsZones/virtualNetworkLinks", "2020-06-01")));

    private ApiVersions() {
    }

    /** The API version of {@code type}; a type without a checked row is a programming error. */
    public static String of(String type) {
        return find(type).orElseThrow(() -> new IllegalArgumentException("no checked API version for " + type));
    }

    public static Optional<String> find(String type) {
        return Optional.ofNullable(VERSIONS.get(type));
    }

    /** The whole table, sorted by type (the doc lists it). */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(VERSIONS);
    }
}
