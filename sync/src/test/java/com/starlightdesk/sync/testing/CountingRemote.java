package com.starlightdesk.sync.testing;

import com.starlightdesk.sync.remote.RemoteResult;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.remote.RemoteTransaction;
import com.starlightdesk.sync.remote.SqlParam;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A remote store that counts the calls made through it (each is one Data API request). Thread-safe. */
public final class CountingRemote implements RemoteStore {
    private final RemoteStore remote;
    private final AtomicLong calls = new AtomicLong();

    public CountingRemote(RemoteStore remote) {
        this.remote = remote;
    }

    public long calls() {
        return calls.get();
    }

    @Override
    public RemoteTransaction begin() {
        calls.incrementAndGet();
        return remote.begin();
    }

    @Override
    public void commit(RemoteTransaction transaction) {
        calls.incrementAndGet();
        remote.commit(transaction);
    }

    @Override
    public void rollback(RemoteTransaction transaction) {
        calls.incrementAndGet();
        remote.rollback(transaction);
    }

    @Override
    public RemoteResult execute(String sql, List<SqlParam> params, Optional<RemoteTransaction> transaction) {
        calls.incrementAndGet();
        return remote.execute(sql, params, transaction);
    }

    @Override
    public void batch(String sql, List<List<SqlParam>> parameterSets, Optional<RemoteTransaction> transaction) {
        calls.incrementAndGet();
        remote.batch(sql, parameterSets, transaction);
    }

    @Override
    public void close() {
        remote.close();
    }
}
