// Sample reports service: a JDK-only HTTP server packaged as build/libs/app.jar with its Main-Class.
plugins {
    java
}

java {
    toolchain { languageVersion.set(JavaLanguageVersion.of(21)) }
}

tasks.jar {
    archiveFileName.set("app.jar")
    manifest { attributes("Main-Class" to "dev.example.reports.Main") }
}
