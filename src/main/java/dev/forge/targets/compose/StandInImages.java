package dev.forge.targets.compose;

/**
 * The images of the local stand-ins and init containers, each pinned by tag AND digest (the tag says what it is, the
 * digest makes it immutable: FORGE-CMP-003). One table, one place to update. Where each digest was read:
 *
 * <table>
 * <caption>stand-in images</caption>
 * <tr><th>image</th><th>digest seen in (public sources, 2026)</th></tr>
 * <tr><td>postgres:16-alpine</td><td>several repositories pinning {@code postgres:16-alpine@sha256:57c72fd2...}
 *     (integration fixtures and compose files)</td></tr>
 * <tr><td>redis:7-alpine</td><td>CI workflows and operator scripts pinning {@code redis:7-alpine@sha256:e7723ff7...}</td></tr>
 * <tr><td>valkey/valkey:8-alpine</td><td>deployment manifests pinning {@code valkey/valkey:8-alpine@sha256:081c2f5c...}</td></tr>
 * <tr><td>minio/minio:RELEASE.2025-09-07T16-13-09Z</td><td>compose files and test harnesses pinning
 *     {@code @sha256:14cea493...} (the last community release published as an image)</td></tr>
 * <tr><td>minio/mc:RELEASE.2025-08-13T08-35-41Z</td><td>the same compose files' bucket init jobs, {@code @sha256:a7fe349e...}</td></tr>
 * <tr><td>amazon/dynamodb-local:3.3.1</td><td>test harnesses pinning {@code @sha256:ff89bd48...} (noted as 3.3.1)</td></tr>
 * <tr><td>softwaremill/elasticmq-native:1.7.1</td><td>a local-runner's default image {@code @sha256:e4580ab9...}</td></tr>
 * <tr><td>amazon/aws-cli:2.27.50</td><td>cleanup pods and Dockerfiles pinning {@code @sha256:48c3d421...}</td></tr>
 * </table>
 */
final class StandInImages {

    static final String POSTGRES =
            "postgres:16-alpine@sha256:57c72fd2a128e416c7fcc499958864df5301e940bca0a56f58fddf30ffc07777";
    static final String REDIS =
            "redis:7-alpine@sha256:e7723ff73d963f5cc6d9c4643ea3d989527a402a319239054e9472a7fb9219a2";
    static final String VALKEY =
            "valkey/valkey:8-alpine@sha256:081c2f5cb575efc901aa80ff9cdbd1ec6a301682fd35e1ebb4b0990a4a4a8507";
    static final String MINIO = "minio/minio:RELEASE.2025-09-07T16-13-09Z"
            + "@sha256:14cea493d9a34af32f524e538b8346cf79f3321eff8e708c1e2960462bd8936e";
    static final String MINIO_CLIENT = "minio/mc:RELEASE.2025-08-13T08-35-41Z"
            + "@sha256:a7fe349ef4bd8521fb8497f55c6042871b2ae640607cf99d9bede5e9bdf11727";
    static final String DYNAMODB_LOCAL =
            "amazon/dynamodb-local:3.3.1@sha256:ff89bd48ff32cd8d9be5fee8873b65b8854dc408f1afe881be6eb00247bc0dab";
    static final String ELASTICMQ =
            "softwaremill/elasticmq-native:1.7.1@sha256:e4580ab9ad1bd5cd37b4ba04911bc5ccc8cd2d9ab4de56ece65acee71c24e05c";
    static final String AWS_CLI =
            "amazon/aws-cli:2.27.50@sha256:48c3d4212e2f5b0e24bdc6af7708f9412ce65425a79575e0f78b8f8c0dcd70ab";

    private StandInImages() {
    }
}
