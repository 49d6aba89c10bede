foo bar;
