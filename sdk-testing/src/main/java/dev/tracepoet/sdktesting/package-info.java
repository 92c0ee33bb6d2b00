/**
 * Test support that the SDK modules ({@code tracepoet-openai}, {@code tracepoet-anthropic}) share,
 * so that no test helper is copied between them: {@link dev.tracepoet.sdktesting.FixtureServer} (an
 * SDK's API on a loopback port, replaying fixture files), {@link
 * dev.tracepoet.sdktesting.TestTelemetry} (an OpenTelemetry SDK exporting to memory), {@link
 * dev.tracepoet.sdktesting.SpanText} (finished spans as stable text) and {@link
 * dev.tracepoet.sdktesting.SnapshotFiles} (that text compared with, or written to, snapshot files),
 * {@link dev.tracepoet.sdktesting.SdkVersions} (which SDK version a test run uses).
 * Where the two modules' snapshot formats differ, the difference is a parameter, so that every
 * existing snapshot file stays as it is. Used in test scope only; never deployed.
 */
package dev.tracepoet.sdktesting;
