const q;
