/**
 * Build a Forge spec in Java instead of YAML: {@link dev.forge.api.ForgeApp#named(String)} is the entry
 * point; one small builder per model record does the rest. A spec built here equals the one bound from the
 * same forge.yaml (unset fields stay null; defaults come later, from resolve). This package depends only on
 * {@code dev.forge.model} and {@code dev.forge.util}.
 */
package dev.forge.api;
