using HarmTaxonomy.Web.Infrastructure.Startup;

// Everything that can go wrong before the app serves (no PostgreSQL, an unreachable database, a port in use)
// ends here as one readable log line and a non-zero exit code.
return await HarmTaxonomyApp.RunAsync(args);
