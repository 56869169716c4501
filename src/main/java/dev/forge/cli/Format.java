package dev.forge.cli;

/** Output format of validate and synth. */
enum Format {
    text, json
}
