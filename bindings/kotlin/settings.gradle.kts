// The Werkmaat Android library module, built on its own by bindings/kotlin/build-aar.sh
// (`gradle -p bindings/kotlin assembleRelease` → build/outputs/aar/werkmaat-release.aar).
//
// A shell app can instead include this directory as a subproject of its own build
// (include(":werkmaat"); project(":werkmaat").projectDir = file(".../bindings/kotlin")): this file
// is then not read, and the app's settings provide the repositories and plugin versions.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
    plugins {
        // AGP 8.13 needs Gradle 8.13 or newer and JDK 17; Kotlin 2.2.21 is the pairing Google documents.
        id("com.android.library") version "8.13.2"
        id("org.jetbrains.kotlin.android") version "2.2.21"
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "werkmaat"
