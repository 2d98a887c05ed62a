/**
 * The composition root: {@code Launcher} starts the JavaFX {@code IvsInspectorApp}, which reads the command
 * line and the AWS set-up and wires services (gateways, stores, the {@code FxTaskExecutor}) into the
 * view-models; {@code MainWindow}, menus, themes and the compare window. The only package that knows
 * {@code demo}, and the only one that chooses implementations.
 */
package dev.ivsinspector.app;
