package dev.forge.resolve;

import dev.forge.model.Ref;

/**
 * One environment variable of the env contract (docs/env-contract.md): its name and where its value comes from.
 * Every target renders the same variables for a principal, each value in its own terms (a Terraform reference, a
 * Kubernetes {@code secretKeyRef}, a compose endpoint of a local stand-in ...).
 */
public record EnvVar(String name, Value value) {

    /** Where a variable's value comes from. */
    public sealed interface Value permits Text, EnvironmentName, Attribute, StoreValue {
    }

    /** Plain text written in the spec's {@code env:} (never a secret: the resolver refuses those). */
    public record Text(String text) implements Value {
    }

    /** The environment's name ({@code ENVIRONMENT}). */
    public record EnvironmentName() implements Value {
    }

    /**
     * An attribute of a resource: a connection variable derived from {@code uses:} (when {@code fromUses}), or an
     * {@code env:} value such as {@code api:public.url} or {@code table:messages.name} (a value only: it grants
     * nothing). {@link Connection.Attribute#PASSWORD} is a secret value: targets inject it from the store, never
     * write it.
     */
    public record Attribute(Ref resource, Connection.Attribute attribute, boolean fromUses) implements Value {
    }

    /**
     * A secret's or parameter's value ({@code env: { KEY: secret:NAME }}). Container platforms (Kubernetes through
     * the External Secrets Operator, compose through {@code .env}, ECS, Cloud Run, Container Apps) inject the
     * value; Lambda, which cannot, gets the store reference (ARN or parameter name) and reads the value itself.
     */
    public record StoreValue(Ref ref) implements Value {
    }

    /** How one target writes each kind of value (Java 17 has no pattern switch; this keeps every case required). */
    public interface Renderer<T> {
        T text(String text);

        T environmentName();

        /** A secret's or parameter's value (see {@link StoreValue}). */
        T storeValue(Ref ref);

        /** A resource's attribute; {@code fromUses} when derived from {@code uses:} rather than written in {@code env:}. */
        T attribute(Ref resource, Connection.Attribute attribute, boolean fromUses);
    }

    /** This variable's value in a target's terms. */
    public <T> T render(Renderer<T> r) {
        if (value instanceof Text t) {
            return r.text(t.text());
        }
        if (value instanceof EnvironmentName) {
            return r.environmentName();
        }
        if (value instanceof StoreValue s) {
            return r.storeValue(s.ref());
        }
        Attribute a = (Attribute) value;
        return r.attribute(a.resource(), a.attribute(), a.fromUses());
    }

    /** True when the value is a secret that must be injected from a store, never written into a file. */
    public boolean isSecretValue() {
        return value instanceof StoreValue s && s.ref().kind() == dev.forge.model.Kind.SECRET
                || value instanceof Attribute a && a.attribute() == Connection.Attribute.PASSWORD;
    }
}
