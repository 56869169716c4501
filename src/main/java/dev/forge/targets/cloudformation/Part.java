package dev.forge.targets.cloudformation;

/**
 * One family of resources (tables, functions, the network, ECS services ...) added to an environment's template.
 * Parts run in the order {@link CloudFormationTarget#PARTS} lists them; a part refers to another part's
 * resources only through {@link Stack#logicalId} and the attribute names documented there, never by calling it.
 */
interface Part {

    /** Adds this family's resources (and parameters, conditions, outputs) for {@code stack}'s environment. */
    void build(Stack stack);
}
