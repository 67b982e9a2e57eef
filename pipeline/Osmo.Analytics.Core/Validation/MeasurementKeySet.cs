namespace Osmo.Analytics.Validation;

/// <summary>The accepted keys (<c>measurement_id</c> x <c>domain</c>) of one meter file with the line of the row that
/// first held each, compact enough for millions of rows.</summary>
/// <remarks>Each measurement id gets a number (one hash look-up per measurement: the domain rows of one measurement
/// follow each other and the tokenizer hands them the same id string, so a reference compare skips the look-up), and
/// each measurement a short chain of its domains in flat arrays: 16 bytes a key, where a dictionary keyed by a tuple of
/// two strings needs about 40 and a hash of the id on every row. Domains compare ordinally, as the tuple key did.</remarks>
internal sealed class MeasurementKeySet
{
    private const int InitialCapacity = 1024;
    private const int None = -1;

    private readonly Dictionary<string, int> _measurementIndex = new(StringComparer.Ordinal);
    private string? _lastId;
    private int _lastMeasurement = None;
    private int[] _firstKey = new int[InitialCapacity];
    private int[] _nextKey = new int[InitialCapacity];
    private int[] _line = new int[InitialCapacity];
    private string[] _domain = new string[InitialCapacity];
    private int _keys;

    /// <summary>Adds the key with its line, or gives the line of the row that already holds it.</summary>
    /// <returns>False (and <paramref name="firstLine"/>) when the key is already there.</returns>
    public bool TryAdd(string measurementId, string domain, int line, out int firstLine)
    {
        var measurement = MeasurementOf(measurementId);
        for (var k = _firstKey[measurement]; k != None; k = _nextKey[k])
        {
            if (string.Equals(_domain[k], domain, StringComparison.Ordinal))
            {
                firstLine = _line[k];
                return false;
            }
        }

        if (_keys == _line.Length)
        {
            var size = checked(_keys * 2);
            Array.Resize(ref _nextKey, size);
            Array.Resize(ref _line, size);
            Array.Resize(ref _domain, size);
        }

        _nextKey[_keys] = _firstKey[measurement];
        _line[_keys] = line;
        _domain[_keys] = domain;
        _firstKey[measurement] = _keys++;
        firstLine = 0;
        return true;
    }

    private int MeasurementOf(string measurementId)
    {
        if (ReferenceEquals(measurementId, _lastId))
        {
            return _lastMeasurement;
        }

        if (!_measurementIndex.TryGetValue(measurementId, out var measurement))
        {
            measurement = _measurementIndex.Count;
            _measurementIndex.Add(measurementId, measurement);
            if (measurement == _firstKey.Length)
            {
                Array.Resize(ref _firstKey, checked(measurement * 2));
            }

            _firstKey[measurement] = None;
        }

        _lastId = measurementId;
        _lastMeasurement = measurement;
        return measurement;
    }
}
