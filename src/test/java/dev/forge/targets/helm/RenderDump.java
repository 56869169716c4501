package dev.forge.targets.helm;

import java.nio.file.Path;

/** Prints helm template of one example and environment (a tool for reading the output; not a test). */
final class RenderDump {
    public static void main(String[] a) {
        Path chart = HelmExamples.writeChart(HelmExamples.resolve(a[0]), Path.of(a[2]));
        System.out.println(HelmExamples.template(chart, chart.resolve("values-" + a[1] + ".yaml")));
    }
}
