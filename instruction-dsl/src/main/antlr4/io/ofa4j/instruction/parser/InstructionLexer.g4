/*
 * Tokens of the ofa4j instruction language. Plain text is lexed in the default mode; '[' that
 * opens a slot switches to the SLOT mode and ']' switches back. See InstructionParser.g4.
 */
lexer grammar InstructionLexer;

tokens { GROUP_LBRACKET }

@members {
  /** True when the '[' just read opens a bracket repeat group: its next non-blank is '[' or '('. */
  private boolean opensBracketGroup() {
    for (int i = 1; ; i++) {
      int c = _input.LA(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return c == '[' || c == '(';
      }
    }
  }
}

// ---------------------------------------------------------------- default mode: plain text
ALT            : '|||' ;
ARROW          : '->' ;
MARKER         : '<BOS>' | '<EOS>' ;
// decided by an action, not a predicate, so the lexer's DFA cache keeps working
LBRACKET       : '[' { if (opensBracketGroup()) setType(GROUP_LBRACKET); else pushMode(SLOT); } ;
RBRACKET_STAR  : ']*' ;
STRAY_RBRACKET : ']' ;
LPAREN         : '(' ;
RPAREN_STAR    : ')*' ;
RPAREN         : ')' ;
TEXT           : ~[[\]()<|-]+ ;
// a lone '<', '|' or '-' that starts no marker, separator or arrow is plain text
TEXT_CHAR      : [<|-] ;

// ---------------------------------------------------------------- inside a slot
mode SLOT;
RBRACKET        : ']' -> popMode ;
COLON           : ':' ;
COMMA           : ',' ;
EQUALS          : '=' ;
NUMBER          : '-'? (DIGITS ('.' DIGITS?)? | '.' DIGITS) ([eE] [+-]? DIGITS)? ;
IDENTIFIER      : [\p{L}_] [\p{L}\p{N}_]* ;
STRING          : '"' DQ_CHAR* '"' | '\'' SQ_CHAR* '\'' ;
// a string whose closing quote is missing on its line; reported as UNCLOSED_STRING
UNCLOSED_STRING : '"' DQ_CHAR* | '\'' SQ_CHAR* ;
// an unclosed slot ends at an arrow, a separator or the next slot
SLOT_ARROW      : '->' -> type(ARROW), popMode ;
SLOT_ALT        : '|||' -> type(ALT), popMode ;
SLOT_LBRACKET   : '[' -> type(LBRACKET) ;
WS              : [ \t\r\n]+ -> channel(HIDDEN) ;
SLOT_ERROR      : . ;

fragment DIGITS  : [0-9]+ ;
fragment DQ_CHAR : ~["\\\r\n] | '\\' ~[\r\n] ;
fragment SQ_CHAR : ~['\\\r\n] | '\\' ~[\r\n] ;
