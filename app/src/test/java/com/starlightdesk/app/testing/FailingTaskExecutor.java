package com.starlightdesk.app.testing;

import com.starlightdesk.app.concurrent.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** For view-model tests of failed work: runs nothing and hands {@code failure} to every piece of work's failure callback. */
public final class FailingTaskExecutor implements TaskExecutor {
    private final Throwable failure;

    public FailingTaskExecutor(Throwable failure) {
        this.failure = failure;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        onFailure.accept(failure);
    }
}
