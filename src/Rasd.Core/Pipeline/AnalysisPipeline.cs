namespace Rasd.Core.Pipeline;

/// <summary>An immutable, ordered list of stages, checked when built.</summary>
public sealed class AnalysisPipeline
{
    private readonly IAnalysisStage[] _stages;

    private AnalysisPipeline(IAnalysisStage[] stages) => _stages = stages;

    public IReadOnlyList<IAnalysisStage> Stages => _stages;

    public AnalyzedDocument Run(Core.Model.Document document)
    {
        var analyzed = new AnalyzedDocument(document);
        foreach (var stage in _stages)
            stage.Run(analyzed);
        return analyzed;
    }

    public sealed class Builder
    {
        private readonly List<IAnalysisStage> _stages = [];

        public Builder Add(IAnalysisStage stage)
        {
            _stages.Add(stage);
            return this;
        }

        /// <summary>Places <paramref name="stage"/> right before the stage named <paramref name="before"/>.</summary>
        public Builder InsertBefore(string before, IAnalysisStage stage)
        {
            var at = _stages.FindIndex(s => s.Name == before);
            if (at < 0) throw new ArgumentException($"No stage named '{before}'.", nameof(before));
            _stages.Insert(at, stage);
            return this;
        }

        /// <summary>Replaces the stage with the same name, keeping its place.</summary>
        public Builder Replace(IAnalysisStage stage)
        {
            var at = _stages.FindIndex(s => s.Name == stage.Name);
            if (at < 0) throw new ArgumentException($"No stage named '{stage.Name}'.", nameof(stage));
            _stages[at] = stage;
            return this;
        }

        public AnalysisPipeline Build()
        {
            var assigned = new HashSet<string>(StringComparer.Ordinal);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var stage in _stages)
            {
                if (!names.Add(stage.Name))
                    throw new InvalidOperationException($"Two stages are named '{stage.Name}'.");
                var missing = stage.Requires.Where(r => !assigned.Contains(r)).ToList();
                if (missing.Count > 0)
                    throw new InvalidOperationException(
                        $"Stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage assigns.");
                assigned.UnionWith(stage.Assigns);
            }
            return new AnalysisPipeline([.. _stages]);
        }
    }
}
