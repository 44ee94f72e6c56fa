return 0; // replaced by the crm command
