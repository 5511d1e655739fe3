// Android library module around the uniffi-generated Kotlin bindings of werkmaat-ffi.
//
// Nothing generated is checked in: bindings/kotlin/build-aar.sh fills, inside this module's build dir,
//   build/generated/uniffi/nl/werkmaat/werkmaat.kt      (uniffi-bindgen, library mode)
//   build/jniLibs/<abi>/libwerkmaat_ffi.so              (cargo ndk: arm64-v8a, armeabi-v7a, x86_64)
// and then runs `assembleRelease`. Run that script rather than Gradle directly; a `clean` empties
// both folders.
plugins {
    id("com.android.library")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "nl.werkmaat"
    compileSdk = 36

    defaultConfig {
        minSdk = 24
        // Shipped inside the AAR: the app's R8 keeps what JNA reaches by reflection.
        consumerProguardFiles("consumer-rules.pro")
    }

    buildTypes {
        release {
            // A library is shrunk by the app that uses it (with consumer-rules.pro), not here.
            isMinifyEnabled = false
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    sourceSets {
        getByName("main") {
            // Paths as build-aar.sh writes them (relative to this module).
            java.srcDir("build/generated/uniffi")
            jniLibs.srcDir("build/jniLibs")
        }
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(org.jetbrains.kotlin.gradle.dsl.JvmTarget.JVM_17)
    }
}

dependencies {
    // The generated bindings call into libwerkmaat_ffi.so through JNA; the @aar artifact carries
    // libjnidispatch.so for every Android ABI. `api`: the bindings' public classes expose JNA types.
    // An app that takes the .aar file itself (not this module) must declare this same dependency.
    api("net.java.dev.jna:jna:5.17.0@aar")
}
