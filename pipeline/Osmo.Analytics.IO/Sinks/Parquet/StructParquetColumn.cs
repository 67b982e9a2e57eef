using Parquet;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>A column of a value type (date, integer, double, boolean).</summary>
internal sealed class StructParquetColumn<T, TValue> : ParquetColumn<T>
    where TValue : struct
{
    private readonly Func<T, TValue?> _get;

    public StructParquetColumn(string name, ParquetColumnType type, bool isNullable, string description, Func<T, TValue?> get)
        : base(name, type, isNullable, description, isNullable ? typeof(TValue?) : typeof(TValue))
    {
        _get = get;
    }

    internal override ColumnBuffer CreateBuffer(int capacity) => IsNullable ? new NullableBuffer(this, capacity) : new RequiredBuffer(this, capacity);

    private sealed class RequiredBuffer(StructParquetColumn<T, TValue> column, int capacity) : ColumnBuffer
    {
        private TValue[] _values = [];

        public override void Add(T row, int index)
        {
            if (index == _values.Length)
            {
                Array.Resize(ref _values, Grow(_values.Length, capacity));
            }

            _values[index] = column._get(row) ?? throw column.NullInRequiredColumn(index);
        }

        public override Task WriteAsync(ParquetRowGroupWriter writer, int count, CancellationToken cancellationToken) =>
            writer.WriteAsync<TValue>(column.Field, _values.AsMemory(0, count), cancellationToken: cancellationToken);
    }

    private sealed class NullableBuffer(StructParquetColumn<T, TValue> column, int capacity) : ColumnBuffer
    {
        private TValue?[] _values = [];

        public override void Add(T row, int index)
        {
            if (index == _values.Length)
            {
                Array.Resize(ref _values, Grow(_values.Length, capacity));
            }

            _values[index] = column._get(row);
        }

        public override Task WriteAsync(ParquetRowGroupWriter writer, int count, CancellationToken cancellationToken) =>
            writer.WriteAsync<TValue>(column.Field, _values.AsMemory(0, count), cancellationToken: cancellationToken);
    }
}
