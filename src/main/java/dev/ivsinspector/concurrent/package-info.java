/** Threads for background work: what the app runs beside the FX thread without taking its cores. */
package dev.ivsinspector.concurrent;
