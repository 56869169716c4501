package dev.forge.targets.cloudformation;

/** What every data part shares: data outlives the stack in production. */
final class Data {

    private Data() {
    }

    /**
     * In production, the resource and its data stay when it is removed from the template or replaced
     * ({@code Retain}); elsewhere CloudFormation deletes them with the stack.
     */
    static Resource keep(Stack stack, Resource r) {
        return stack.production() ? r.keep(Resource.Policy.Retain) : r.keep(Resource.Policy.Delete);
    }
}
