using HarmTaxonomy.LoadTests;

// Progress goes to stderr; stdout carries only the summary (text, or JSON with --json).
return await LoadCommand.Create(LoadRun.ExecuteAsync).Parse(args).InvokeAsync();
