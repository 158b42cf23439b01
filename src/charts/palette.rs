//! Colours that colour-blind readers can tell apart (Okabe–Ito); lines are also
//! told apart by their style, their marks and their legend. Every one is at
//! least 3:1 against the white background (WCAG 1.4.11, tested): Okabe–Ito's
//! blue, vermillion and bluish green as they are, its reddish purple darkened
//! (3.1:1 as published; ×0.85, 4.1:1); its sky blue, orange and yellow are too
//! light for lines on white and are not used.

pub const BLUE: (u8, u8, u8) = (0, 114, 178);
/// Okabe–Ito's vermillion.
pub const ORANGE: (u8, u8, u8) = (213, 94, 0);
pub const GREEN: (u8, u8, u8) = (0, 158, 115);
pub const GREY: (u8, u8, u8) = (96, 96, 96);
pub const PURPLE: (u8, u8, u8) = (173, 103, 142);
/// Okabe–Ito's black: income per worker, the average of the stayers' incomes.
pub const BLACK: (u8, u8, u8) = (0, 0, 0);
/// Every colour above, for the contrast test.
pub const ALL: [(u8, u8, u8); 6] = [BLUE, ORANGE, GREEN, GREY, PURPLE, BLACK];
