package com.starlightdesk.bench.review;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Drives the real window from outside the FX thread for the screenshot tour and the benchmark: runs
 * steps on the FX thread, waits for what the user would wait for, saves PNGs. Not used by the app.
 */
public final class WindowDriver {
    private WindowDriver() {
    }

    /** Starts the JavaFX toolkit (once per JVM). */
    public static void startToolkit() throws InterruptedException {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        Platform.setImplicitExit(false);
        started.join();
    }

    /** Runs {@code step} on the FX thread and returns its result. */
    public static <T> T onFx(Callable<T> step) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(step.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("FX step failed", e);
        }
    }

    /** Polls {@code condition} on the FX thread until it holds. */
    public static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static void type(Scene scene, String selector, String text) {
        onFx(() -> {
            ((TextInputControl) scene.lookup(selector)).setText(text);
            return null;
        });
    }

    public static void press(Scene scene, String selector) {
        onFx(() -> {
            ((ButtonBase) scene.lookup(selector)).fire();
            return null;
        });
    }

    public static boolean showing(Scene scene, String selector) {
        Node node = scene.lookup(selector);
        return node != null && node.isVisible() && node.getScene() != null;
    }

    /** Saves what the window shows as a PNG. */
    public static void savePng(Scene scene, Path file) throws IOException {
        WritableImage image = onFx(() -> scene.snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, width, height, pixels, 0, width);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(png, "png", file.toFile());
    }
}
