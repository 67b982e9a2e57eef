using Parquet;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>A UTF8 string column.</summary>
internal sealed class Utf8ParquetColumn<T> : ParquetColumn<T>
{
    private readonly Func<T, string?> _get;

    public Utf8ParquetColumn(string name, bool isNullable, string description, Func<T, string?> get)
        : base(name, ParquetColumnType.Utf8, isNullable, description, typeof(string))
    {
        _get = get;
    }

    internal override ColumnBuffer CreateBuffer(int capacity) => new Buffer(this, capacity);

    private sealed class Buffer(Utf8ParquetColumn<T> column, int capacity) : ColumnBuffer
    {
        private string?[] _values = [];

        public override void Add(T row, int index)
        {
            if (index == _values.Length)
            {
                Array.Resize(ref _values, Grow(_values.Length, capacity));
            }

            var value = column._get(row);
            if (value is null && !column.IsNullable)
            {
                throw column.NullInRequiredColumn(index);
            }

            _values[index] = value;
        }

        public override Task WriteAsync(ParquetRowGroupWriter writer, int count, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Parquet.Net's string overload takes a collection of exactly the group's rows; nulls become undefined
            // definition levels in an OPTIONAL column.
            return writer.WriteAsync(column.Field, new ArraySegment<string>(_values!, 0, count));
        }
    }
}
