using Crm.Cli;

return await CrmCommandLine.RunAsync(args, Console.Out, Console.Error);
