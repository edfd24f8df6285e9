package com.starlightdesk.sync.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;
import software.amazon.awssdk.services.rdsdata.RdsDataClientBuilder;
import software.amazon.awssdk.services.rdsdata.model.AccessDeniedException;
import software.amazon.awssdk.services.rdsdata.model.ArrayValue;
import software.amazon.awssdk.services.rdsdata.model.BadRequestException;
import software.amazon.awssdk.services.rdsdata.model.ColumnMetadata;
import software.amazon.awssdk.services.rdsdata.model.DatabaseErrorException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseResumingException;
import software.amazon.awssdk.services.rdsdata.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.rdsdata.model.Field;
import software.amazon.awssdk.services.rdsdata.model.ForbiddenException;
import software.amazon.awssdk.services.rdsdata.model.InvalidSecretException;
import software.amazon.awssdk.services.rdsdata.model.RdsDataException;
import software.amazon.awssdk.services.rdsdata.model.SecretsErrorException;
import software.amazon.awssdk.services.rdsdata.model.SqlParameter;
import software.amazon.awssdk.services.rdsdata.model.StatementTimeoutException;
import software.amazon.awssdk.services.rdsdata.model.TransactionNotFoundException;

/**
 * The remote practice database through the RDS Data API ({@link RdsDataClient} over the JDK's URL
 * connection client). Works the same against Aurora and against the local gateway (endpoint override).
 * Call and socket timeouts are at least 60 s, above the service's 45 s statement limit. Thread-safe.
 */
public final class DataApiRemote implements RemoteStore {

    private final RemoteSettings settings;
    private final RdsDataClient client;

    public DataApiRemote(RemoteSettings settings) {
        if (settings.transport() != RemoteSettings.Transport.DATA_API) {
            throw new IllegalArgumentException("DataApiRemote needs Data API settings, got " + settings);
        }
        this.settings = settings;
        RdsDataClientBuilder builder = RdsDataClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .socketTimeout(settings.callTimeout())
                        .connectionTimeout(java.time.Duration.ofSeconds(10))
                        .build())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings.credentials()))
                .overrideConfiguration(c -> c.apiCallTimeout(settings.callTimeout().plusSeconds(10))
                        .apiCallAttemptTimeout(settings.callTimeout()));
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        this.client = builder.build();
    }

    private static AwsCredentialsProvider credentials(RemoteSettings.Credentials credentials) {
        if (credentials.profile() != null) {
            return ProfileCredentialsProvider.create(credentials.profile());
        }
        if (credentials.accessKeyId() != null) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public RemoteTransaction begin() {
        return call("begin transaction", () -> new RemoteTransaction(client.beginTransaction(r -> r
                .resourceArn(settings.resourceArn())
                .secretArn(settings.secretArn())
                .database(settings.database())).transactionId()));
    }

    @Override
    public void commit(RemoteTransaction transaction) {
        call("commit", () -> client.commitTransaction(r -> r
                .resourceArn(settings.resourceArn())
                .secretArn(settings.secretArn())
                .transactionId(transaction.id())));
    }

    @Override
    public void rollback(RemoteTransaction transaction) {
        call("rollback", () -> client.rollbackTransaction(r -> r
                .resourceArn(settings.resourceArn())
                .secretArn(settings.secretArn())
                .transactionId(transaction.id())));
    }

    @Override
    public RemoteResult execute(String sql, List<SqlParam> params, Optional<RemoteTransaction> transaction) {
        ExecuteStatementResponse response = call("statement", () -> client.executeStatement(r -> r
                .resourceArn(settings.resourceArn())
                .secretArn(settings.secretArn())
                .database(settings.database())
                .sql(sql)
                .parameters(params.stream().map(DataApiRemote::toParameter).toList())
                .transactionId(transaction.map(RemoteTransaction::id).orElse(null))
                .includeResultMetadata(true)));
        List<String> columns = response.hasColumnMetadata()
                ? response.columnMetadata().stream().map(DataApiRemote::label).toList() : List.of();
        List<List<SqlValue>> rows = new ArrayList<>();
        if (response.hasRecords()) {
            for (List<Field> record : response.records()) {
                rows.add(record.stream().map(DataApiRemote::fromField).toList());
            }
        }
        long updated = response.numberOfRecordsUpdated() == null ? 0 : response.numberOfRecordsUpdated();
        return RemoteResult.of(columns, rows, updated);
    }

    @Override
    public void batch(String sql, List<List<SqlParam>> parameterSets, Optional<RemoteTransaction> transaction) {
        call("batch", () -> client.batchExecuteStatement(r -> r
                .resourceArn(settings.resourceArn())
                .secretArn(settings.secretArn())
                .database(settings.database())
                .sql(sql)
                .parameterSets(parameterSets.stream()
                        .map(set -> set.stream().map(DataApiRemote::toParameter).toList())
                        .toList())
                .transactionId(transaction.map(RemoteTransaction::id).orElse(null))));
    }

    private static String label(ColumnMetadata column) {
        return column.label() != null && !column.label().isEmpty() ? column.label() : column.name();
    }

    static SqlParameter toParameter(SqlParam param) {
        SqlParameter.Builder builder = SqlParameter.builder().name(param.name()).value(toField(param.value()));
        if (param.hint() != null) {
            builder.typeHint(param.hint().name());
        }
        return builder.build();
    }

    static Field toField(SqlValue value) {
        if (value instanceof SqlValue.Text v) {
            return Field.fromStringValue(v.value());
        } else if (value instanceof SqlValue.Int64 v) {
            return Field.fromLongValue(v.value());
        } else if (value instanceof SqlValue.Float64 v) {
            return Field.fromDoubleValue(v.value());
        } else if (value instanceof SqlValue.Bool v) {
            return Field.fromBooleanValue(v.value());
        } else if (value instanceof SqlValue.Bytes v) {
            return Field.fromBlobValue(SdkBytes.fromByteArray(v.value()));
        }
        return Field.fromIsNull(true);
    }

    static SqlValue fromField(Field field) {
        if (Boolean.TRUE.equals(field.isNull())) {
            return SqlValue.NULL;
        } else if (field.stringValue() != null) {
            return new SqlValue.Text(field.stringValue());
        } else if (field.longValue() != null) {
            return new SqlValue.Int64(field.longValue());
        } else if (field.doubleValue() != null) {
            return new SqlValue.Float64(field.doubleValue());
        } else if (field.booleanValue() != null) {
            return new SqlValue.Bool(field.booleanValue());
        } else if (field.blobValue() != null) {
            return new SqlValue.Bytes(field.blobValue().asByteArray());
        } else if (field.arrayValue() != null) {
            return fromArray(field.arrayValue());
        }
        return SqlValue.NULL;
    }

    private static SqlValue fromArray(ArrayValue array) {
        List<SqlValue> elements = new ArrayList<>();
        if (array.hasLongValues()) {
            array.longValues().forEach(v -> elements.add(v == null ? SqlValue.NULL : new SqlValue.Int64(v)));
        } else if (array.hasDoubleValues()) {
            array.doubleValues().forEach(v -> elements.add(v == null ? SqlValue.NULL : new SqlValue.Float64(v)));
        } else if (array.hasBooleanValues()) {
            array.booleanValues().forEach(v -> elements.add(v == null ? SqlValue.NULL : new SqlValue.Bool(v)));
        } else if (array.hasStringValues()) {
            array.stringValues().forEach(v -> elements.add(SqlValue.text(v)));
        } else if (array.hasArrayValues()) {
            throw new RemoteException(RemoteException.Kind.BAD_REQUEST, "nested arrays are not supported", null);
        }
        return new SqlValue.Array(elements);
    }

    private interface Call<T> {
        T run();
    }

    private static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (SdkException e) {
            throw translate(what, e);
        }
    }

    static RemoteException translate(String what, SdkException e) {
        RemoteException.Kind kind;
        if (e instanceof DatabaseErrorException d) {
            kind = RemoteException.Kind.DATABASE_ERROR;
        } else if (e instanceof TransactionNotFoundException) {
            kind = RemoteException.Kind.TRANSACTION_NOT_FOUND;
        } else if (e instanceof DatabaseResumingException) {
            kind = RemoteException.Kind.DATABASE_RESUMING;
        } else if (e instanceof StatementTimeoutException) {
            kind = RemoteException.Kind.STATEMENT_TIMEOUT;
        } else if (e instanceof AccessDeniedException || e instanceof ForbiddenException
                || e instanceof SecretsErrorException || e instanceof InvalidSecretException) {
            kind = RemoteException.Kind.ACCESS_DENIED;
        } else if (e instanceof BadRequestException) {
            kind = RemoteException.Kind.BAD_REQUEST;
        } else if (e instanceof RdsDataException r && r.statusCode() >= 500) {
            kind = RemoteException.Kind.UNAVAILABLE;
        } else if (e instanceof RdsDataException r && r.statusCode() == 429) {
            kind = RemoteException.Kind.UNAVAILABLE;
        } else if (e instanceof SdkClientException) {
            kind = RemoteException.Kind.UNAVAILABLE;
        } else {
            kind = RemoteException.Kind.BAD_REQUEST;
        }
        if (e instanceof DatabaseErrorException d) {
            return RemoteException.databaseError(kind, what, "DatabaseErrorException: " + d.awsErrorDetails().errorMessage(), null);
        }
        String message = e instanceof RdsDataException r && r.awsErrorDetails() != null
                ? r.awsErrorDetails().errorCode() + ": " + r.awsErrorDetails().errorMessage() : e.getMessage();
        return new RemoteException(kind, what + " failed: " + message, e);
    }

    @Override
    public void close() {
        client.close();
    }
}
